CREATE TABLE `benchmarks` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`higher_is_better` integer NOT NULL,
	`description` text NOT NULL,
	`url` text,
	`parent_id` text,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `gpus` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`vendor` text NOT NULL,
	`memory_gb` real NOT NULL,
	`fp8` integer NOT NULL,
	`kind` text NOT NULL,
	`source_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `hardware` (
	`version` text NOT NULL,
	`ordinal` integer NOT NULL,
	`model_id` text NOT NULL,
	`precision` text NOT NULL,
	`profile` text NOT NULL,
	`gpu_id` text,
	`count` integer,
	`memory_gb` real,
	`upper` real,
	`exactness` text NOT NULL,
	`condition` text,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	PRIMARY KEY(`version`, `ordinal`)
);
--> statement-breakpoint
CREATE INDEX `hardware_model` ON `hardware` (`version`,`model_id`);--> statement-breakpoint
CREATE TABLE `history` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`model_id` text,
	`kind` text NOT NULL,
	`params` text,
	`summary` text NOT NULL,
	`ordinal` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `models` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`organization_id` text NOT NULL,
	`family` text NOT NULL,
	`variant_of` text,
	`variant_kind` text,
	`open_weights` integer NOT NULL,
	`availability` text NOT NULL,
	`description` text,
	`url` text,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `note_refs` (
	`version` text NOT NULL,
	`note_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`model_id` text,
	`benchmark_id` text,
	`spec_field` text,
	`price_kind` text,
	`plan_id` text,
	`source_id` text,
	PRIMARY KEY(`version`, `note_id`, `ordinal`)
);
--> statement-breakpoint
CREATE INDEX `note_refs_model` ON `note_refs` (`version`,`model_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text NOT NULL,
	`ordinal` integer NOT NULL,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `organizations` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`name` text NOT NULL,
	`aka` text NOT NULL,
	`country` text NOT NULL,
	`url` text,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `plans` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`provider_id` text NOT NULL,
	`name` text NOT NULL,
	`price` real,
	`upper` real,
	`exactness` text NOT NULL,
	`currency` text NOT NULL,
	`billing` text,
	`quota` text NOT NULL,
	`models` text NOT NULL,
	`models_text` text NOT NULL,
	`as_of` text,
	`ordinal` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `prices` (
	`version` text NOT NULL,
	`ordinal` integer NOT NULL,
	`model_id` text NOT NULL,
	`provider_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`upper` real,
	`exactness` text NOT NULL,
	`currency` text NOT NULL,
	`unit` text NOT NULL,
	`condition` text,
	`as_of` text,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	`preferred` integer NOT NULL,
	`disputed` integer NOT NULL,
	`is_headline` integer NOT NULL,
	`has_conflict` integer NOT NULL,
	`group_key` text NOT NULL,
	PRIMARY KEY(`version`, `ordinal`)
);
--> statement-breakpoint
CREATE INDEX `prices_model` ON `prices` (`version`,`model_id`);--> statement-breakpoint
CREATE TABLE `scores` (
	`version` text NOT NULL,
	`ordinal` integer NOT NULL,
	`model_id` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`value` real NOT NULL,
	`upper` real,
	`exactness` text NOT NULL,
	`thinking` text,
	`tools` integer,
	`harness` text,
	`metric` text,
	`window` text,
	`context` text,
	`opponent_id` text,
	`effort` text,
	`variant` text NOT NULL,
	`is_variant_headline` integer NOT NULL,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	`preferred` integer NOT NULL,
	`disputed` integer NOT NULL,
	`is_headline` integer NOT NULL,
	`has_conflict` integer NOT NULL,
	`group_key` text NOT NULL,
	PRIMARY KEY(`version`, `ordinal`)
);
--> statement-breakpoint
CREATE INDEX `scores_model` ON `scores` (`version`,`model_id`);--> statement-breakpoint
CREATE INDEX `scores_benchmark` ON `scores` (`version`,`benchmark_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`version` text NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`publisher` text NOT NULL,
	`url` text,
	`kind` text NOT NULL,
	`published` text,
	`retrieved` text,
	`language` text NOT NULL,
	`note` text,
	PRIMARY KEY(`version`, `id`)
);
--> statement-breakpoint
CREATE TABLE `specs` (
	`version` text NOT NULL,
	`ordinal` integer NOT NULL,
	`model_id` text NOT NULL,
	`field` text NOT NULL,
	`value_number` real,
	`value_text` text,
	`upper` real,
	`exactness` text NOT NULL,
	`qualifier` text,
	`source_id` text NOT NULL,
	`locator` text,
	`text` text,
	`note` text,
	`preferred` integer NOT NULL,
	`disputed` integer NOT NULL,
	`is_headline` integer NOT NULL,
	`has_conflict` integer NOT NULL,
	`group_key` text NOT NULL,
	PRIMARY KEY(`version`, `ordinal`)
);
--> statement-breakpoint
CREATE INDEX `specs_model` ON `specs` (`version`,`model_id`);--> statement-breakpoint
CREATE TABLE `versions` (
	`id` text PRIMARY KEY NOT NULL,
	`date` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`ordinal` integer NOT NULL
);
