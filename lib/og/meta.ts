import type { Metadata } from 'next';

/** Open Graph and Twitter card fields for a page whose preview image is at `image`. */
export function previewMetadata(title: string, description: string, image: string): Pick<Metadata, 'openGraph' | 'twitter'> {
  const images = [{ url: image, width: 1200, height: 630, alt: title }];
  return {
    openGraph: { title, description, images, type: 'website', siteName: 'GLM Compare' },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
  };
}

/** A page's title and description, with the preview card that names the site after `cardTitle` (the title unless given). */
export function pageMetadata({
  title,
  description,
  image,
  cardTitle = title,
}: {
  title: string;
  description: string;
  image: string;
  cardTitle?: string;
}): Metadata {
  return { title, description, ...previewMetadata(`${cardTitle} · GLM Compare`, description, image) };
}
