// react-router's framework-mode route module loader uses `import.meta`, which jest's
// CommonJS runtime cannot load. This SPA never loads route modules, so tests stub it.
module.exports = {
  loadRouteModule() {
    throw new Error('route modules are not used by this app');
  },
};
