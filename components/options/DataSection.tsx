// PLACEHOLDER made by the options page so it builds: the post log / cadence engineer replaces this file.
// It renders inside the options page, which gives it useSettings() (./SettingsContext).
export default function DataSection() {
  return (
    <section className="options-section" aria-labelledby="data-heading">
      <h2 id="data-heading">Data</h2>
      <p className="hint">Coming soon.</p>
    </section>
  );
}
