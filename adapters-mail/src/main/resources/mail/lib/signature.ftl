Espace Services
${town.townHall}
