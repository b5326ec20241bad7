// Stylesheets imported for their side effect by stories (Vite injects them into the preview).
declare module '*.css';

// A stylesheet's text, for documentation pages that show or read it.
declare module '*.css?raw' {
  const text: string;
  export default text;
}
