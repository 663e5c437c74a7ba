// let and const are block scoped; shadowing.
let a = 1;
{
  let a = 2;
  console.log(a);
  {
    const a = 3;
    console.log(a);
  }
  console.log(a);
}
console.log(a);
const obj = { n: 1 };
obj.n = 2;
console.log(obj.n);
for (let i = 0; i < 2; i++) { let i2 = i * 10; console.log(i2); }
if (true) { let scoped = "in"; console.log(scoped); }
console.log(typeof scoped);
let u;
console.log(u);
