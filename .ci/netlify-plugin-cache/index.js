// Keeps folders between Netlify deploys: restored before the build command runs, saved after it
// succeeded (a failed build leaves the cache as it was). This is what the npm package
// netlify-plugin-cache does, with the same input (`paths`, relative to the repository); it lives
// here so that a deploy installs nothing from npm and runs no code that is not in the repository
// (docs/security.md), and the repository needs no package.json.
module.exports = {
  async onPreBuild({ inputs, utils }) {
    for (const path of inputs.paths) {
      const restored = await utils.cache.restore(path);
      console.log(restored ? `Restored ${path} from the cache` : `Nothing cached yet for ${path}`);
    }
  },
  async onPostBuild({ inputs, utils }) {
    for (const path of inputs.paths) {
      const saved = await utils.cache.save(path);
      console.log(saved ? `Saved ${path} to the cache` : `Nothing to cache at ${path}`);
    }
  },
};
