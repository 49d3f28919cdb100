export declare function trimFlatpickrCss(css: string): string;
