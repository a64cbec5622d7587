// Types for what tests import from scripts/pdf.mjs.
import type { Page } from "playwright";

export declare const CHROMIUM: string;
/** One page of the book as a PDF, with the page's title and "n / m" in each page's footer. */
export declare function pagePdf(page: Page, url: string, label?: string): Promise<Buffer>;
/** The whole book, its contents numbered from a first print. */
export declare function bookPdf(page: Page, url: string): Promise<Buffer>;
