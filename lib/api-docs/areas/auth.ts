// API sign-in and "who am I".
import { issueTokenSchema } from '../../api-tokens/token-schemas';
import { ROLES } from '../../roles/roles';
import { errorResponses, jsonBody, jsonResponse, ref, schemaOf } from '../common';
import type { ApiArea } from '../types';

export const authArea: ApiArea = {
  tag: { name: 'Authentication', description: 'Get an API token and check who it belongs to.' },
  schemas: {
    IssueTokenRequest: schemaOf(issueTokenSchema),
    IssuedToken: {
      type: 'object',
      required: ['token', 'expiresAt'],
      properties: { token: { type: 'string', description: 'Shown once; send as `Authorization: Bearer <token>`.' }, expiresAt: { type: 'string', format: 'date-time' } },
    },
    Me: {
      type: 'object',
      required: ['email', 'name', 'role'],
      properties: { email: { type: 'string', format: 'email' }, name: { type: 'string' }, role: { type: 'string', enum: [...ROLES] } },
    },
  },
  paths: {
    '/auth/token': {
      post: {
        operationId: 'issueToken',
        summary: 'Sign in with e-mail and password and receive an API token',
        description: 'Throttled like the sign-in page. Tokens last 90 days unless `expiresInDays` says otherwise (at most 365).',
        security: [],
        requestBody: jsonBody(ref.schema('IssueTokenRequest')),
        responses: {
          '201': jsonResponse('The new token.', ref.schema('IssuedToken')),
          ...errorResponses('MalformedRequest', 'Unauthorized', 'InvalidInput', 'TooManyRequests'),
        },
      },
    },
    '/me': {
      get: {
        operationId: 'getMe',
        summary: 'The user the token belongs to',
        responses: { '200': jsonResponse('The token user.', ref.schema('Me')), ...errorResponses('Unauthorized') },
      },
    },
  },
};
