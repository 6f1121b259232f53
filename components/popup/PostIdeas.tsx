import type { PostIdea } from '@/lib/ideas';

export function PostIdeas({ ideas }: { ideas: PostIdea[] }) {
  return (
    <section aria-labelledby="ideas-heading">
      <h2 id="ideas-heading">Ideas for this month</h2>
      <ul className="ideas">
        {ideas.map((idea) => (
          <li key={idea.title}>
            <strong>{idea.title}</strong> — {idea.prompt}
          </li>
        ))}
      </ul>
    </section>
  );
}
