export declare function minifyCss(css: string): string;
