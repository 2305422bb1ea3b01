#ifndef RAPAT_CLIBCRYPTO_SHIM_H
#define RAPAT_CLIBCRYPTO_SHIM_H
// The EVP digest entry points (SHA-256) of Debian's libcrypto (libssl-dev): the journal's hash chain.
#include <openssl/evp.h>
#endif
