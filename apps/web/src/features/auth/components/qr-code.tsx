import { useEffect, useState } from 'react';

/** The otpauth URI as a QR code image (a data: URL, allowed by the CSP). `qrcode` loads only when needed. */
export function QrCode({ uri }: { uri: string }) {
  const [image, setImage] = useState<{ uri: string; src: string | null } | null>(null);

  useEffect(() => {
    let current = true;
    import('qrcode')
      .then((qrcode) => qrcode.toDataURL(uri, { margin: 2, width: 208, errorCorrectionLevel: 'M' }))
      .then(
        (src) => current && setImage({ uri, src }),
        () => current && setImage({ uri, src: null }),
      );
    return () => {
      current = false;
    };
  }, [uri]);

  if (!image || image.uri !== uri) return <div className="qr-code qr-code--loading" aria-hidden="true" />;
  if (!image.src) return <p>The QR code could not be drawn. Enter the key below instead.</p>;
  return (
    <img
      className="qr-code"
      src={image.src}
      width={208}
      height={208}
      alt="QR code to add Umbrella to your authenticator app"
    />
  );
}
