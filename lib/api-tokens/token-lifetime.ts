// How long tokens live. Apart from the schemas so the profile form can offer the
// choices without shipping zod to the browser.
export const TOKEN_LIFETIME_DAYS = { default: 90, max: 365, choices: [30, 90, 365] } as const;
