/** A digit, half- or full-width (0-9, ０-９), as a UTF-16 code unit. */
export function isDigitCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/**
 * A unit a printed figure is made of: a digit (half- or full-width), a decimal point or a
 * thousands separator (. ． , ，), as a UTF-16 code unit.
 */
export function isFigureUnit(code: number): boolean {
  return isDigitCode(code) || code === 46 || code === 0xff0e || code === 44 || code === 0xff0c;
}
