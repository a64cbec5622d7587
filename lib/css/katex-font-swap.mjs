// KaTeX's stylesheet hides text set in its fonts until they arrive (font-display: block), so a
// paragraph with inline maths paints only after two font downloads. `swap` paints it at once in
// a fallback face and changes face when the fonts land. A PostCSS plugin, named in postcss.config.mjs.
const katexFontSwap = () => ({
  postcssPlugin: "katex-font-swap",
  AtRule: {
    "font-face": (rule) => {
      if (!/KaTeX_/.test(rule.toString())) return;
      rule.walkDecls("font-display", (declaration) => {
        declaration.value = "swap";
      });
    },
  },
});
katexFontSwap.postcss = true;

export default katexFontSwap;
