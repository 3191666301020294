"""Use cases: intake, reviews, tools, policies, deliveries, retention, chat. They call storage, tools and the agent
(runner, graphs, LLM), raise domain errors (core.errors), and know nothing of HTTP; api/ and cli/ call them."""
