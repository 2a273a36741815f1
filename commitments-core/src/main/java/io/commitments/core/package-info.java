/** The write side of Commitments: messages in {@code api}, aggregates and their rules beside it. */
package io.commitments.core;
