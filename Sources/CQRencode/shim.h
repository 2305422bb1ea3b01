#ifndef RAPAT_CQRENCODE_SHIM_H
#define RAPAT_CQRENCODE_SHIM_H
// QR Code symbols from Debian's libqrencode (libqrencode-dev): the seal on every page of the berita acara PDF.
#include <qrencode.h>
#endif
