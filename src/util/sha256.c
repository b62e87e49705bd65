/*
 * sha256.c — SHA-256 for the ledger: every input file of a run is recorded
 * with its digest, so an auditor can tell which exact schema and query
 * files a past run saw. OpenSSL's libcrypto computes it (libpq-dev already
 * brings libssl-dev; its SHA-256 uses the CPU's SHA instructions where
 * there are some), where a portable C loop cost 7% of `plan`'s work at
 * 1,000 tables (callgrind, the gen_pair.py pair). The test
 * vectors of FIPS 180-4 / NIST CAVS are checked in tests/report.
 */
#include "rollgate/ledger.h"

#include <openssl/evp.h>

void rg_sha256_hex(const void *data, size_t len, char out[65])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    /* EVP_Digest cannot fail for SHA-256 on memory short of an allocation
     * failure, which the rest of rollgate treats as fatal too. */
    if (!EVP_Digest(data, len, md, &n, EVP_sha256(), NULL) || n != 32) rg_oom();
    static const char hex[] = "0123456789abcdef";
    for (unsigned i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = 0;
}
