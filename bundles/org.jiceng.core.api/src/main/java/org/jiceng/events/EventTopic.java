package org.jiceng.events;

/** A topic events are published on, for the catalogue subscribers choose from. */
public record EventTopic(String topic, String description) {
}
