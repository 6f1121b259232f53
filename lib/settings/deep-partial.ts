// A patch of settings: any subset of fields, at any depth. Arrays are whole values (a patch
// replaces a list, it never merges item by item), so they are not made partial.
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> | undefined }
    : T;
