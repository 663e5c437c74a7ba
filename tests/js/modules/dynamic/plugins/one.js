exports.name = 'plugin one';
exports.load = (id) => {
  try {
    require(id);
  } catch (e) {
    console.log(e.code, e.requireStack.map((p) => p.slice(p.lastIndexOf('/dynamic/'))));
  }
};
