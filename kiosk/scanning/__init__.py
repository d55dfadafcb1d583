"""Scanning: decoding images, classifying and verifying payloads, camera and wedge input."""
