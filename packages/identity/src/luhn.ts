// The Luhn (modulus 10, weights 2-1) check used by personnummer, samordningsnummer and
// organisationsnummer. Skatteverket's description: multiply the nine digits alternately by
// 2 and 1 from the left, add the digit sums, the check digit makes the total a multiple of 10.

function luhnSum(digits: string, doubleFirstFromRight: boolean): number {
  let sum = 0;
  let double = doubleFirstFromRight;
  for (let i = digits.length - 1; i >= 0; i--) {
    let value = digits.charCodeAt(i) - 48;
    if (value < 0 || value > 9) throw new RangeError('Luhn input must be digits only');
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
    double = !double;
  }
  return sum;
}

/** The check digit for a payload (e.g. the nine digits YYMMDDNNN). */
export function luhnCheckDigit(payload: string): number {
  return (10 - (luhnSum(payload, true) % 10)) % 10;
}

/** True when the last digit is the correct Luhn check digit for the digits before it. */
export function isLuhnValid(digits: string): boolean {
  return digits.length >= 2 && luhnSum(digits, false) % 10 === 0;
}
