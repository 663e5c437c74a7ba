// new.target inside arrow functions is that of the enclosing function.
function F() {
  const get = () => new.target;
  const nested = () => () => new.target === F;
  this.direct = new.target === F;
  this.viaArrow = get() === F;
  this.nested = nested()();
  this.later = get;
}
const o = new F();
console.log(o.direct, o.viaArrow, o.nested, o.later() === F);

// called without new: undefined everywhere
const r = {};
F.call(r);
console.log(r.direct, r.viaArrow, r.nested, r.later());

// an arrow's new.target is fixed when it is created, not where it is called
function G() { return () => typeof new.target; }
const fromNew = new G() ;
console.log(typeof fromNew);
function H() { const a = () => new.target; return { a }; }
console.log(new H().a() === H, H().a());

// new.target in arrows in default parameters and in callbacks
function K(x = (() => new.target)()) { this.x = x === K; this.y = [1].map(() => new.target === K)[0]; }
const k = new K();
console.log(k.x, k.y);

// through Reflect.construct with a different newTarget
function Base() { this.t = (() => new.target)(); }
function Other() {}
console.log(Reflect.construct(Base, [], Other).t === Other);
