// jest-dom's matchers (toBeChecked, toHaveTextContent…) for component tests; harmless in node tests.
import '@testing-library/jest-dom/vitest';
