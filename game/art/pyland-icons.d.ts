/** Built by the `pyland-icons` plugin in vite.config.ts: icon name -> SVG markup. */
declare module 'virtual:pyland-icons' {
  const icons: Record<string, string>;
  export default icons;
}
