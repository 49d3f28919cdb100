export declare function minifyCss(css: string, whole?: boolean): string;
