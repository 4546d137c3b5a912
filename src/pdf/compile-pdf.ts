import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

interface Diagnostic {
  message?: string;
}

/**
 * Typesets Typst source as a tagged PDF/UA-1 document with Typst's own embedded fonts (Libertinus),
 * touching neither the network nor the system's fonts. `timestamp` (Unix seconds) fixes the PDF's dates,
 * so the same content gives the same bytes. Typst's errors stop the build with its messages.
 */
export function compilePdf(source: string, timestamp: number): Buffer {
  const compiler = NodeCompiler.create();
  const compiled = compiler.compile({ mainFileContent: source });
  const document = compiled.result;
  if (!document || compiled.hasError()) {
    const diagnostics: Diagnostic[] = compiled.takeDiagnostics()?.shortDiagnostics ?? [];
    const messages = diagnostics.map((d) => `  ${d.message ?? JSON.stringify(d)}`).join('\n');
    throw new Error(`Typst could not typeset the article's PDF:\n${messages || '  (no message)'}`);
  }
  return compiler.pdf(document, { pdfStandard: 'ua-1', creationTimestamp: timestamp });
}
