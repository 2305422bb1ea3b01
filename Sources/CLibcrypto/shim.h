#ifndef RAPAT_CLIBCRYPTO_SHIM_H
#define RAPAT_CLIBCRYPTO_SHIM_H
// Debian's libcrypto (libssl-dev): the EVP digests (SHA-256 for the journal's hash chain, BLAKE2b-512 for minisign's
// prehashed signatures), EVP_PKEY Ed25519 for the koperasi's signing key, and RAND_bytes for key ids.
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/rand.h>

/// EVP_PKEY_ED25519 is a macro of a macro (NID_ED25519); a function keeps the Swift side free of the NID table.
static inline int rapat_evp_pkey_ed25519(void) { return EVP_PKEY_ED25519; }
#endif
