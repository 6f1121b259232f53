// Every rule explained in plain words, each entry addressable as options.html#help/<rule id>
// (the in-page "Why?" link), e.g. #help/phi/relationship.
import { PHI_TYPES, TONE_TYPES, type Category } from '@/lib/checks/types';
// One entry per rule of the checks engine (its id, description and help, from ruleHelp()). The
// entries below it explain the type vocabulary every rule reports with.
import { ruleHelp } from '@/lib/checks/help';
import { helpAnchorForRule } from '@/lib/settings';
import { SectionFrame } from './controls/SectionFrame';
import { PHI_TYPE_HELP, SEVERITY_HELP, TONE_TYPE_HELP } from './helpVocabulary';

/** The anchor of a type's entry: 'help-type-phi-relationship'. */
export function typeAnchor(category: Category, type: string): string {
  return `help-type-${category}-${type}`;
}

const CATEGORY_TITLE: Record<Category, string> = { phi: 'Patient information', tone: 'Tone' };

const RULE_HELP = ruleHelp();

function RuleEntries() {
  if (RULE_HELP.length === 0) return null;
  return (
    <>
      <h3>Each check</h3>
      <dl className="help-list">
        {[...RULE_HELP]
          .sort((a, b) => a.id.localeCompare(b.id))
          .map((rule) => (
            <div key={rule.id} id={helpAnchorForRule(rule.id)} tabIndex={-1} className="help-entry">
              <dt>
                {rule.description} <span className="rule-id">({CATEGORY_TITLE[rule.category]}, {SEVERITY_HELP[rule.severity].title.toLowerCase()})</span>
              </dt>
              <dd>{rule.help}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}

function TypeEntries({ category }: { category: Category }) {
  const entries = category === 'phi' ? PHI_TYPES.map((t) => [t, PHI_TYPE_HELP[t]] as const) : TONE_TYPES.map((t) => [t, TONE_TYPE_HELP[t]] as const);
  return (
    <dl className="help-list">
      {entries.map(([type, help]) => (
        <div key={type} id={typeAnchor(category, type)} tabIndex={-1} className="help-entry">
          <dt>{help.title}</dt>
          <dd>{help.text}</dd>
        </div>
      ))}
    </dl>
  );
}

export default function HelpSection() {
  return (
    <SectionFrame id="help" title="Help: what the checks look for" intro="Why the assistant flags what it flags, in plain words.">
      <h3>How serious a finding is</h3>
      <dl className="help-list">
        {(['block', 'warn', 'info'] as const).map((severity) => (
          <div key={severity} className="help-entry">
            <dt>{SEVERITY_HELP[severity].title}</dt>
            <dd>{SEVERITY_HELP[severity].text}</dd>
          </div>
        ))}
      </dl>
      <RuleEntries />
      <h3>Patient information (PHI)</h3>
      <p>
        HIPAA protects anything that ties an identifiable person to their health or care. In a reply to a review the
        reviewer is identifiable, so a compliant reply confirms nothing: it thanks them, says you take concerns
        seriously, and invites them to call or message the office privately.
      </p>
      <TypeEntries category="phi" />
      <h3>Tone</h3>
      <TypeEntries category="tone" />
    </SectionFrame>
  );
}
