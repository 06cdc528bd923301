/* The ABI is a header only; this file gives the C target a source to build. */
