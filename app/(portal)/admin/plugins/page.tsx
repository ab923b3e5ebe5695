import { requireAdminPage } from '@/app/_server/admin-guard';
import { listPluginStates } from '@/lib/plugins';
import { PluginSwitch } from './plugin-switch';

export default async function PluginsPage() {
  const actor = await requireAdminPage();
  const plugins = await listPluginStates(actor);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Plugins</h1>
      <p className="max-w-xl text-sm text-slate-700">A disabled plugin stays installed, but no role holds its permissions, so its pages and menu entries are closed to everyone until it is enabled again.</p>
      {plugins.length === 0 ? (
        <p className="card text-sm text-slate-700">No plugins installed.</p>
      ) : (
        <div className="card overflow-x-auto p-0">
          <table className="table">
            <caption className="sr-only">Installed plugins</caption>
            <thead>
              <tr>
                <th scope="col">Plugin</th>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="sr-only">Switch</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {plugins.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name}
                    <span className="block font-mono text-xs text-slate-600">{p.id}</span>
                  </td>
                  <td className="font-mono text-sm">{p.version}</td>
                  <td>{p.enabled ? 'Enabled' : <span className="text-red-700">Disabled</span>}</td>
                  <td>
                    <PluginSwitch pluginId={p.id} name={p.name} enabled={p.enabled} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
