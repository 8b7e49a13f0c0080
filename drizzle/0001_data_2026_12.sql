ALTER TABLE `models` ADD `launch_source_id` text;--> statement-breakpoint
ALTER TABLE `scores` ADD `subset` text;--> statement-breakpoint
ALTER TABLE `scores` ADD `figure` text;