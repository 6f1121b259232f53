// The pre-post guard as an assistant feature: one per composer. At the moment of sending it
// checks the text afresh, decides by the practice's guard mode, holds the send behind a
// dialog when needed, and records what happened (metadata only) through the background.
import { createRoot } from 'react-dom/client';
import { GUARD_CSS, GuardDialog, type HeldAction } from '@/components/guard/GuardDialog';
import { ASSISTANT_CSS } from '@/components/assistant/styles';
import type { AssistantFeature, ComposerReport, ComposerSession } from '@/lib/assistant/types';
import type { Message, MessageReply } from '@/lib/messages';
import type { Settings } from '@/lib/settings/types';
import type { AuditDecision, PostDecision } from '@/lib/storage/types';
import { countsByCategory, countsByType, decideGuardAction } from './decide';
import { interceptSends } from './intercept';

export interface GuardDeps {
  /** The current guard settings (kept fresh by the caller through onSettingsChanged). */
  guardSettings(): Settings['guard'];
  verifyPin(pin: string, stored: Settings['guard']['pin']): Promise<boolean>;
  send(message: Message): Promise<MessageReply>;
  now?(): number;
  timeZone?(): string;
}

type Outcome = { send: false } | { send: true; decision: PostDecision; approvedBy?: string };

export function guardFeature(deps: GuardDeps): AssistantFeature {
  const now = deps.now ?? Date.now;
  const timeZone = deps.timeZone ?? (() => Intl.DateTimeFormat().resolvedOptions().timeZone);

  return (session) => {
    const { composer } = session;
    let held: { report: ComposerReport; action: HeldAction } | undefined;
    let decided: Outcome | undefined;

    const record = (decision: AuditDecision, report: ComposerReport, approvedBy?: string) => {
      const at = now();
      const zone = timeZone();
      const base = { at, timeZone: zone, site: composer.site, kind: composer.kind };
      void deps.send({
        type: 'audit-recorded',
        entry: { ...base, counts: countsByType(report.findings), decision, ...(approvedBy ? { approvedBy } : {}) },
      });
      if (decision !== 'stopped') {
        void deps.send({ type: 'post-recorded', post: { ...base, ...countsByCategory(report.findings), decision } });
      }
    };

    interceptSends({
      composer,
      signal: session.signal,
      shouldHold() {
        const report = session.checkNow();
        const action = decideGuardAction(deps.guardSettings(), report.findings);
        if (action.kind === 'send') {
          held = undefined;
          return false;
        }
        held = { report, action };
        return true;
      },
      async onHeld() {
        const current = held;
        if (!current) return false;
        decided = await showDialog(session, current.report, current.action, deps);
        if (!decided.send) record('stopped', current.report);
        return decided.send;
      },
      onSent(_attempt, replayed) {
        if (replayed && decided?.send && held) {
          record(decided.decision, held.report, decided.approvedBy);
        } else if (!replayed) {
          const report = session.report();
          const flagged = report.findings.some((f) => f.severity !== 'info');
          record(flagged ? 'sent-after-warning' : 'sent-clean', report);
        }
        held = undefined;
        decided = undefined;
      },
    });
  };
}

function showDialog(session: ComposerSession, report: ComposerReport, action: HeldAction, deps: GuardDeps): Promise<Outcome> {
  return new Promise((resolve) => {
    const container = document.createElement('div');
    container.className = 'pa-root';
    const style = document.createElement('style');
    style.textContent = ASSISTANT_CSS + GUARD_CSS;
    session.shadowRoot.append(style, container);
    const root = createRoot(container);
    let settled = false;

    const finish = (outcome: Outcome) => {
      if (settled) return;
      settled = true;
      session.signal.removeEventListener('abort', onAbort);
      root.unmount();
      container.remove();
      style.remove();
      resolve(outcome);
    };
    const onAbort = () => finish({ send: false });
    session.signal.addEventListener('abort', onAbort);

    const edit = () => {
      // Escape reaches both the key handler and the dialog's cancel event: act once.
      if (settled) return;
      finish({ send: false });
      const first = report.findings.find((f) => f.severity !== 'info');
      session.composer.element.focus();
      session.driver.placeCaret(session.composer.element, first?.start ?? report.text.length);
    };

    root.render(
      <GuardDialog
        action={action}
        text={report.text}
        findings={report.findings}
        onEdit={edit}
        onPostAnyway={() => finish({ send: true, decision: 'sent-after-warning' })}
        onApprove={async (initials, pin) => {
          const pinSetting = deps.guardSettings().pin;
          if (action.kind === 'approval' && action.pinRequired && !(await deps.verifyPin(pin, pinSetting))) {
            return 'That PIN does not match the practice PIN. Ask the person who set it up.';
          }
          finish({ send: true, decision: 'approved', approvedBy: initials });
          return null;
        }}
      />,
    );
  });
}
