/** Choice rules compiled once: one small class per operator family, with And/Or/Not composition. */
package io.expresso.runtime.choice;
