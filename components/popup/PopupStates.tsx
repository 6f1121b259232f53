// The two states that are not the everyday view: a brand-new install, and a log that
// cannot be opened.
import type { PostIdea } from '@/lib/ideas';
import { ComposerLinks } from './ComposerLinks';
import { PostIdeas } from './PostIdeas';

export function WelcomeState({ ideas }: { ideas: PostIdea[] }) {
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome! No posts logged yet.</h2>
      <p>
        Every post, comment or review reply you send on Facebook, X or Yelp is counted here — just when and where, never
        what it said. Three posts a week builds a streak.
      </p>
      <PostIdeas ideas={ideas} />
      <ComposerLinks />
    </section>
  );
}

export function StorageProblem({ onRetry }: { onRetry(): void }) {
  return (
    <section className="storage-problem" role="alert" aria-labelledby="storage-heading">
      <h2 id="storage-heading">The post log can't be opened right now</h2>
      <p>
        The browser did not allow the extension to read its saved data. This can happen in a private window or when the
        disk is full. The checks while you type still work; only the streak and history are unavailable.
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
