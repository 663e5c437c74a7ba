// uuid (ESM, "node" export condition) and bignumber.js (ESM, default import).
import { v3, v5, v1, v6, v7, validate, version, parse, stringify, NIL, MAX, v1ToV6, v6ToV1 } from 'uuid';
import BigNumber from 'bignumber.js';

console.log(v5('hello.example.com', v5.DNS), v5('https://kiln.dev/', v5.URL), v3('hello', v3.DNS));
const ns = '1b671a64-40d5-491e-99b0-da01ff1f3341';
console.log(v5('Hello, World!', ns), v3('Hello, World!', ns));
const fixed = { msecs: 1700000000000, nsecs: 42, clockseq: 0x1234, node: Uint8Array.of(1, 2, 3, 4, 5, 6) };
const u1 = v1(fixed);
console.log(u1, version(u1), v1ToV6(u1), v6ToV1(v1ToV6(u1)) === u1, v6(fixed));
const rnd = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
console.log(v7({ msecs: 1700000000000, seq: 5, random: rnd }));
for (const s of [NIL, MAX, u1, 'not-a-uuid', '6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '', null]) {
  console.log(String(s).padEnd(38), validate(s), validate(s) ? version(s) : '-');
}
const bytes = parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log(bytes.constructor.name, Array.from(bytes).join(','), stringify(bytes));
try { parse('nope'); } catch (e) { console.log(e.constructor.name, e.message); }
try { stringify(new Uint8Array(16).fill(255), 0); console.log('ok max'); } catch (e) { console.log(e.message); }
const buf = new Uint8Array(20);
v5('x', v5.DNS, buf, 2);
console.log(Array.from(buf).join(','));

// bignumber.js
const a = new BigNumber('0.1'), b = new BigNumber('0.2');
console.log(a.plus(b).toString(), 0.1 + 0.2, a.plus(b).eq(0.3));
console.log(new BigNumber('123456789012345678901234567890').times('987654321098765432109876543210').toFixed());
console.log(new BigNumber(2).pow(200).toString(), new BigNumber(2).pow(-3).toString());
console.log(new BigNumber(1).div(3).toString(), new BigNumber(1).div(3).toFixed(5), new BigNumber(10).div(4).integerValue().toString());
const BN = BigNumber.clone({ DECIMAL_PLACES: 40, ROUNDING_MODE: BigNumber.ROUND_HALF_EVEN });
console.log(new BN(2).sqrt().toString(), new BN(1).div(7).toString(), new BN('2.5').integerValue().toString(), new BN('3.5').integerValue().toString());
console.log(new BigNumber('ff', 16).toString(), new BigNumber(255).toString(2), new BigNumber('-0.5').toString(36), new BigNumber('1e-7').toString());
console.log(new BigNumber('12345.6789').toFormat(2), new BigNumber('1234567.891').toFormat(), new BigNumber('1.23e+25').toExponential(3));
console.log(new BigNumber('123.456').toPrecision(4), new BigNumber('0.000123').toPrecision(2), new BigNumber('-7.5').abs().negated().toString());
console.log(new BigNumber(NaN).isNaN(), new BigNumber(Infinity).plus(1).toString(), new BigNumber(-0).isNegative(), new BigNumber(0).isZero());
console.log(BigNumber.max(1, '3', new BigNumber(2)).toString(), BigNumber.min(-1, 5).toString(), BigNumber.sum(1, 2, 3.5).toString());
console.log(new BigNumber(17).mod(5).toString(), new BigNumber(-17).mod(5).toString(), new BigNumber(7).idiv(2).toString(), new BigNumber('5.5').comparedTo(5));
console.log(new BigNumber('0.1').toFraction().join('/'), new BigNumber(Math.PI).toFraction(1000).join('/'), new BigNumber('123.45').decimalPlaces(), new BigNumber('1.5').shiftedBy(3).toString());
console.log(new BigNumber('9007199254740993').toNumber(), JSON.stringify({ v: new BigNumber('1.10') }), new BigNumber('1.10').valueOf());
console.log(BigNumber.isBigNumber(a), BigNumber.isBigNumber(0.1), new BigNumber('12.3456').dp(2, BigNumber.ROUND_DOWN).toString());
try { new BigNumber('abc', 10); console.log('no throw'); } catch (e) { console.log(e.message); }
const Strict = BigNumber.clone({ DEBUG: true });
try { new Strict('abc'); } catch (e) { console.log(e.name, e.message); }
try { new Strict(0.1 + 0.2); } catch (e) { console.log(e.name, e.message); }
