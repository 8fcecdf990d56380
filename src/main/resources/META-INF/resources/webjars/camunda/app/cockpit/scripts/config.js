// Cockpit configuration of Standar Pelayanan (replaces the webjar's default, which is empty).
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Standar Pelayanan'
  },
  // every step with a mutu baku shows its on-time share and breaches on the process diagram
  customScripts: ['scripts/mutu-baku-overlay']
};
