// A long agreement for performance checks of the defined-terms index (unit tests, bench).
/** A long agreement: a Definitions section of 60 terms, then numbered sections that use them. */
export function generatedAgreement(size: number): string {
  const names = Array.from(
    { length: 60 },
    (_, i) => `Defined Term ${String.fromCharCode(65 + (i % 26))}${Math.floor(i / 26) + 1}`,
  );
  const parts = [
    '# Master Loan Modification Agreement',
    '',
    'This Master Loan Modification Agreement (this "Agreement") is made by ABC Bank (the "Lender") and Jane Doe (the "Borrower").',
    '',
    '## 1. Definitions',
    '',
    ...names.map(
      (n, i) =>
        `- **"${n}"** means the amount described in Schedule ${i + 1}, as adjusted under this Agreement.`,
    ),
    '',
  ];
  let section = 2;
  while (parts.join('\n').length < size) {
    parts.push(`## ${section}. Covenants of Section ${section}`, '');
    for (let p = 0; p < 6; p++) {
      const a = names[(section * 7 + p) % names.length];
      const b = names[(section * 11 + p * 3) % names.length];
      parts.push(
        `${section}.${p + 1} The Borrower shall pay the ${a} to the Lender on each payment date, and the Lender's records of the ${b} control absent manifest error. ` +
          `If the Borrower disputes the ${a}, the Borrower shall give notice within ten Business Days, and this Agreement remains in force while the parties confer about the property and the ${b.toLowerCase()}.`,
        '',
      );
    }
    section++;
  }
  return parts.join('\n');
}
