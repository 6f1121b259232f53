// Floor page for bench:popup: React alone, in one file, rendering the marked streak line.
// What any React popup costs before it reads or shows anything of its own.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p elementtiming="popup-streak">6 weeks in a row</p>);
