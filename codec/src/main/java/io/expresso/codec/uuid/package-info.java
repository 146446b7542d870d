/** Random version-4 UUIDs, the one source of them for every module. */
package io.expresso.codec.uuid;
