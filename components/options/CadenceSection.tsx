// PLACEHOLDER made by the options page so it builds: the post log / cadence engineer replaces this file.
// It renders inside the options page, which gives it useSettings() (./SettingsContext).
export default function CadenceSection() {
  return (
    <section className="options-section" aria-labelledby="cadence-heading">
      <h2 id="cadence-heading">Cadence</h2>
      <p className="hint">Coming soon.</p>
    </section>
  );
}
