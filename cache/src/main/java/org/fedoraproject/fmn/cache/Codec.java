package org.fedoraproject.fmn.cache;

/** How values of one type are kept as text in the cache. */
public interface Codec<T> {

    String encode(T value);

    /**
     * Reads a value back.
     *
     * @throws RuntimeException when the text is not one this codec wrote (another version of
     *         FMN, for instance): the caller then treats the entry as missing
     */
    T decode(String text);
}
