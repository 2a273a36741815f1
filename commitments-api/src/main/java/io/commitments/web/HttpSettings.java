package io.commitments.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** @param maxRequestBody the largest command body the API reads; larger ones are refused with 413 */
@ConfigurationProperties("commitments.http")
public record HttpSettings(@DefaultValue("256KB") DataSize maxRequestBody) {
}
