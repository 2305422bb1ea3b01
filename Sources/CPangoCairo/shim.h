// pango layouts on cairo PDF surfaces (Debian: libcairo2-dev, libpango1.0-dev).
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#include <pango/pangocairo.h>
