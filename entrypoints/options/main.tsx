import { createRoot } from 'react-dom/client';
import OptionsPage from '@/components/options/OptionsPage';
import './options.css';

createRoot(document.getElementById('root')!).render(<OptionsPage />);
