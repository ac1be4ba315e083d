package io.aigonix.generate;

import io.aigonix.model.Application;
import io.aigonix.model.Model;

/** What an application-scope generator reads. */
public record AppContext(Model model, Application app) {}
