#include "sha256.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace {

// Fetched once: OpenSSL otherwise looks the algorithm up for every hash. Its configuration file is left
// unread: a hash needs nothing from it, and reading it cost every start of the app a millisecond. Nor is it
// torn down as the process exits: a dataset snapshot still being written then hashes to its end
// (datasetsnapshot.h).
const EVP_MD *sha256Algorithm()
{
    static const EVP_MD *const algorithm = [] {
        OPENSSL_init_crypto(OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ATEXIT, nullptr);
        return EVP_MD_fetch(nullptr, "SHA256", nullptr);
    }();
    return algorithm;
}

} // namespace

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    EVP_DigestInit_ex(m_context, sha256Algorithm(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::add(const void *bytes, std::size_t size)
{
    EVP_DigestUpdate(m_context, bytes, size);
}

QByteArray Sha256::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), length);
}
