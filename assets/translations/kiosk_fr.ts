<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AttentionTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156"/>
        <source>About</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="156"/>
        <source>Server&apos;s answer</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="157"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="161"/>
        <source>Pickup check-in</source>
        <translation>Arrivée client (retrait)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="162"/>
        <source>Customer identified</source>
        <translation>Client identifié</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="167"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="167"/>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="178"/>
        <source>The central system had already moved this order on (it is %1) when the check-in arrived; the desk shows the central state. Check the order with the customer, then mark this as resolved.</source>
        <translation>Le système central avait déjà fait avancer cette commande (elle est %1) quand l&apos;arrivée du client a été transmise ; le comptoir affiche l&apos;état central. Vérifiez la commande avec le client, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="182"/>
        <source>The central system no longer matched this action when it arrived. Check the situation, then mark this as resolved.</source>
        <translation>Le système central ne correspondait plus à cette action à son arrivée. Vérifiez la situation, puis marquez ce point comme résolu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="185"/>
        <source>The central system refused this action for good, so it was not applied; later actions on the same subject wait behind it. If the cause was fixed centrally, press Send again; otherwise redo the action by another way if needed and mark this as resolved to let the waiting actions go.</source>
        <translation>Le système central a refusé définitivement cette action : elle n&apos;a pas été appliquée, et les actions suivantes sur le même sujet attendent derrière elle. Si la cause a été corrigée au central, appuyez sur Renvoyer ; sinon refaites l&apos;action autrement si besoin et marquez ce point comme résolu pour libérer les actions en attente.</translation>
    </message>
</context>
<context>
    <name>BasketDialog</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="121"/>
        <source>Basket for the till</source>
        <translation>Panier pour la caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="123"/>
        <source>Scan this code at the till to take over the basket.</source>
        <translation>Scannez ce code à la caisse pour reprendre le panier.</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="67"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="72"/>
        <source>Camera to scan with</source>
        <translation>Caméra utilisée pour scanner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="80"/>
        <source>Camera picture</source>
        <translation>Image de la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="106"/>
        <source>Camera %1 (from the settings)</source>
        <translation>Caméra %1 (fixée dans les réglages)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="155"/>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="157"/>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="193"/>
        <source>Show the code to the camera.</source>
        <translation>Présentez le code à la caméra.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="200"/>
        <source>Code read.</source>
        <translation>Code lu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="212"/>
        <location filename="../../kiosk/ui/camera_panel.py" line="230"/>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="214"/>
        <source>Camera off</source>
        <translation>Caméra arrêtée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="218"/>
        <source>Press “Start camera”, then show the code. A handheld scanner works at any time.</source>
        <translation>Appuyez sur « Démarrer la caméra », puis présentez le code. La douchette fonctionne à tout moment.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="223"/>
        <source>No camera found. Plug one in and press “Start camera”, or use the handheld scanner or type the code.</source>
        <translation>Aucune caméra trouvée. Branchez-en une et appuyez sur « Démarrer la caméra », ou utilisez la douchette ou saisissez le code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="225"/>
        <source>The camera stopped sending pictures (unplugged?). Press “Start camera” to try again.</source>
        <translation>La caméra n&apos;envoie plus d&apos;images (débranchée ?). Appuyez sur « Démarrer la caméra » pour réessayer.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="227"/>
        <source>The camera could not be started. Choose another camera or use the handheld scanner.</source>
        <translation>La caméra n&apos;a pas pu démarrer. Choisissez une autre caméra ou utilisez la douchette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/camera_panel.py" line="232"/>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>CustomerHtml</name>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="45"/>
        <source>Customer with a store pass</source>
        <translation>Client avec un pass magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="46"/>
        <source>This customer is not in this tablet&apos;s copy yet: their profile will appear after the next sync. The pass was checked.</source>
        <translation>Ce client n&apos;est pas encore dans la copie de cette tablette : son profil apparaîtra après la prochaine synchronisation. Le pass a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="61"/>
        <source>Click &amp; collect waiting at this store</source>
        <translation>Click &amp; collect en attente dans ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="68"/>
        <source>Online browsing hidden: the customer has not agreed to personalisation.</source>
        <translation>Navigation en ligne masquée : le client n&apos;a pas accepté la personnalisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="84"/>
        <source>Similar to what they looked at, in stock here</source>
        <translation>Proches de ce qu&apos;il a regardé, en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="100"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="91"/>
        <source>No online activity, cart or order yet.</source>
        <translation>Pas encore d&apos;activité en ligne, de panier ni de commande.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="71"/>
        <source>Seen online</source>
        <translation>Vu en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="132"/>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="134"/>
        <source>Offline: from this tablet&apos;s copy (updated %1)</source>
        <translation>Hors ligne : copie de cette tablette (mise à jour %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Silver</source>
        <translation>Argent</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="137"/>
        <source>Gold</source>
        <translation>Or</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="139"/>
        <source>Loyalty:</source>
        <translation>Fidélité :</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="140"/>
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="144"/>
        <source>Vouchers and credit notes:</source>
        <translation>Bons d&apos;achat et avoirs :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="127"/>
        <source>a product not in the catalogue</source>
        <translation>un produit absent du catalogue</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="48"/>
        <source>personalised advice</source>
        <translation>conseils personnalisés</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="49"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="50"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="51"/>
        <source>none</source>
        <translation>rien</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="55"/>
        <source>Agreed to:</source>
        <translation>A accepté :</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="70"/>
        <source>No online browsing yet.</source>
        <translation>Pas encore de navigation en ligne.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>to the card</source>
        <translation>sur la carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="102"/>
        <source>in cash</source>
        <translation>en espèces</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="103"/>
        <source>as a voucher</source>
        <translation>en bon d&apos;achat</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="104"/>
        <source>as a credit note</source>
        <translation>en avoir</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/customer_html.py" line="112"/>
        <source>%n return(s)</source>
        <translation>
            <numerusform>%n retour</numerusform>
            <numerusform>%n retours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="120"/>
        <source>to order (not in stock here)</source>
        <translation>à commander (pas en stock ici)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="123"/>
        <source>Total: %1</source>
        <translation>Total : %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="145"/>
        <source>(usable in store and online)</source>
        <translation>(utilisables en magasin et en ligne)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="157"/>
        <source>%1 here, aisle %2</source>
        <translation>%1 ici, rayon %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="159"/>
        <source>in other stores (%1)</source>
        <translation>dans d&apos;autres magasins (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="161"/>
        <source>online only</source>
        <translation>en ligne seulement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="162"/>
        <source>no longer sold</source>
        <translation>plus vendu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="163"/>
        <source>stock unknown</source>
        <translation>stock inconnu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="167"/>
        <source>%1 put aside</source>
        <translation>%1 mis de côté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="173"/>
        <source>placed</source>
        <translation>passée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="173"/>
        <source>shipped</source>
        <translation>expédiée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="174"/>
        <source>delivered</source>
        <translation>livrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="174"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="175"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="175"/>
        <source>ready</source>
        <translation>prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="176"/>
        <source>returned</source>
        <translation>retournée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="179"/>
        <source>website</source>
        <translation>site web</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="179"/>
        <source>app</source>
        <translation>appli</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="180"/>
        <source>store</source>
        <translation>magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="185"/>
        <source>Searched “%1”</source>
        <translation>A cherché « %1 »</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="193"/>
        <source>viewed %1 time(s)</source>
        <translation>vu %1 fois</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="193"/>
        <source>in their cart</source>
        <translation>dans son panier</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="194"/>
        <source>same brand</source>
        <translation>même marque</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="194"/>
        <source>same category</source>
        <translation>même catégorie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_html.py" line="195"/>
        <source>same colour</source>
        <translation>même couleur</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="104"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="105"/>
        <source>Scan the customer&apos;s store pass or loyalty card, or search by name, email, phone or card number.</source>
        <translation>Scannez le pass magasin ou la carte de fidélité du client, ou cherchez par nom, e-mail, téléphone ou n° de carte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="112"/>
        <source>Name, email, phone or card number</source>
        <translation>Nom, e-mail, téléphone ou n° de carte</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="113"/>
        <source>Search customers</source>
        <translation>Rechercher un client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="183"/>
        <source>The customer view was closed after a while without activity.</source>
        <translation>La fiche client a été fermée après un moment sans activité.</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="175"/>
        <source>Go to the pickup desk</source>
        <translation>Aller au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="182"/>
        <source>Online cart</source>
        <translation>Panier en ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="188"/>
        <source>Put aside to try on</source>
        <translation>Mettre de côté pour essayer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="189"/>
        <source>Reserved for %1 min; other tablets see it after their next sync.</source>
        <translation>Réservé %1 min ; les autres tablettes le voient après leur prochaine synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="195"/>
        <source>Send to the till</source>
        <translation>Envoyer en caisse</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="240"/>
        <source>No customer open.</source>
        <translation>Aucun client ouvert.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="263"/>
        <source>None of the lines kept is on the shelf here.</source>
        <translation>Aucune des lignes gardées n&apos;est en rayon ici.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="273"/>
        <source>Put aside to try on until %1.</source>
        <translation>Mis de côté pour essayage jusqu&apos;à %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/customer_panel.py" line="289"/>
        <source>Basket %1 sent to the till.</source>
        <translation>Panier %1 envoyé en caisse.</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="142"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="54"/>
        <source>Store app</source>
        <translation>Application magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="80"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="89"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="90"/>
        <source>Pickup</source>
        <translation>Retraits</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="91"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="92"/>
        <source>Sync</source>
        <translation>Synchro</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="103"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="106"/>
        <source>Scan with the camera</source>
        <translation>Scanner avec la caméra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="209"/>
        <location filename="../../kiosk/ui/main_window.py" line="273"/>
        <source>This customer is not in the store&apos;s copy yet.</source>
        <translation>Ce client n&apos;est pas encore dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="210"/>
        <source>This line was already dealt with.</source>
        <translation>Ce point a déjà été traité.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="211"/>
        <source>This order is not in the store&apos;s copy.</source>
        <translation>Cette commande n&apos;est pas dans la copie du magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="212"/>
        <source>Order %1 cannot be checked in: it is %2.</source>
        <translation>La commande %1 ne peut pas être enregistrée : elle est %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="216"/>
        <source>The action was refused.</source>
        <translation>L&apos;action a été refusée.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="218"/>
        <source>Something went wrong and nothing was recorded. Please try again; if it happens again, call support.</source>
        <translation>Un problème est survenu et rien n&apos;a été enregistré. Réessayez ; si cela se reproduit, appelez le support.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="242"/>
        <source>Receipt of order %1: the returns desk arrives in a next version.</source>
        <translation>Ticket de la commande %1 : le comptoir des retours arrive dans une prochaine version.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="247"/>
        <source>%1 in stock here (aisle %2)</source>
        <translation>%1 en stock ici (allée %2)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="249"/>
        <source>not in stock here</source>
        <translation>pas en stock ici</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="251"/>
        <source>%1 in other stores</source>
        <translation>%1 dans les autres magasins</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="258"/>
        <source>This pass has expired: ask the customer to refresh it in the app.</source>
        <translation>Ce pass a expiré : demandez au client de l&apos;actualiser dans l&apos;application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="259"/>
        <source>This pass is not valid yet: check the tablet&apos;s clock.</source>
        <translation>Ce pass n&apos;est pas encore valide : vérifiez l&apos;horloge de la tablette.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="260"/>
        <source>This pickup pass is for another store.</source>
        <translation>Ce pass de retrait est pour un autre magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="261"/>
        <location filename="../../kiosk/ui/main_window.py" line="264"/>
        <source>This code was altered or forged: it was not accepted.</source>
        <translation>Ce code a été modifié ou falsifié : il n&apos;a pas été accepté.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="262"/>
        <source>This pass was signed with a key this tablet does not know yet: sync, then scan again.</source>
        <translation>Ce pass est signé avec une clé que la tablette ne connaît pas encore : synchronisez, puis scannez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="266"/>
        <location filename="../../kiosk/ui/main_window.py" line="276"/>
        <source>This is not a code this app reads.</source>
        <translation>Ce code n&apos;est pas lu par cette application.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="267"/>
        <source>This code could not be read: scan it again.</source>
        <translation>Ce code n&apos;a pas pu être lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="268"/>
        <source>This number was misread: scan it again.</source>
        <translation>Ce numéro a été mal lu : scannez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="269"/>
        <source>This loyalty card is not known: search the customer by name or phone.</source>
        <translation>Carte de fidélité inconnue : cherchez le client par nom ou téléphone.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="271"/>
        <source>This order is not in this store&apos;s copy.</source>
        <translation>Cette commande n&apos;est pas dans la copie de ce magasin.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="272"/>
        <source>This product is not in the catalogue.</source>
        <translation>Ce produit n&apos;est pas au catalogue.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="274"/>
        <source>This customer account no longer exists.</source>
        <translation>Ce compte client n&apos;existe plus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="283"/>
        <source>● Connecting…</source>
        <translation>● Connexion…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="285"/>
        <source>● Online</source>
        <translation>● En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="287"/>
        <source>● Offline: working from the local copy</source>
        <translation>● Hors ligne : travail sur la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="296"/>
        <source>%1 event(s) waiting to be sent</source>
        <translation>%1 événement(s) en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="299"/>
        <source>(oldest %1)</source>
        <translation>(le plus ancien %1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="302"/>
        <source>Sent: %1 · Received: %2</source>
        <translation>Envoi : %1 · Réception : %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="311"/>
        <source>⚠ queue not moving since %1</source>
        <translation>⚠ file d&apos;attente bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/main_window.py" line="308"/>
        <source>⚠ %1 to look at on the Sync page</source>
        <translation>⚠ %1 à examiner sur la page Synchro</translation>
    </message>
</context>
<context>
    <name>PickupPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="212"/>
        <source>Click &amp; collect</source>
        <translation>Click &amp; collect</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="226"/>
        <source>Order number or customer name</source>
        <translation>N° de commande ou nom du client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="227"/>
        <source>Search orders</source>
        <translation>Rechercher une commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="240"/>
        <source>Customer is here</source>
        <translation>Le client est là</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="310"/>
        <source>Order %1 checked in: bring it to the desk.</source>
        <translation>Commande %1 : client enregistré, apportez-la au comptoir.</translation>
    </message>
</context>
<context>
    <name>PickupState</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="33"/>
        <source>still to be prepared</source>
        <translation>encore à préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="34"/>
        <source>being prepared</source>
        <translation>en préparation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="35"/>
        <source>ready for pickup</source>
        <translation>prête au retrait</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="36"/>
        <source>already checked in</source>
        <translation>déjà enregistrée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="37"/>
        <source>already collected</source>
        <translation>déjà retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="38"/>
        <source>returned to stock</source>
        <translation>remise en stock</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="39"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
</context>
<context>
    <name>PickupTableModel</name>
    <message>
        <location filename="../../kiosk/ui/models.py" line="104"/>
        <source>To prepare</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="105"/>
        <location filename="../../kiosk/ui/models.py" line="114"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="106"/>
        <source>Customer waiting</source>
        <translation>Client en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="107"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="108"/>
        <source>Collected</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="109"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="114"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115"/>
        <source>Pickup by</source>
        <translation>À retirer avant</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115"/>
        <source>Items</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="115"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/models.py" line="131"/>
        <source>%1 · pending sync</source>
        <translation>%1 · en attente de synchro</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="322"/>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="324"/>
        <source>The returns desk is coming in a next version: receipt or order lookup, the return policy window, reasons and condition, refund to the original payment or as store credit, and a return receipt.</source>
        <translation>Le comptoir des retours arrive dans une prochaine version : recherche par ticket ou commande, délai de retour, motifs et état, remboursement sur le moyen de paiement d&apos;origine ou en avoir, et ticket de retour.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="341"/>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="356"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="357"/>
        <source>Store</source>
        <translation>Magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="358"/>
        <source>Last successful upload</source>
        <translation>Dernier envoi réussi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="359"/>
        <source>Last successful download</source>
        <translation>Dernière réception réussie</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="360"/>
        <source>Events waiting to be sent</source>
        <translation>Événements en attente d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="361"/>
        <source>Oldest waiting event</source>
        <translation>Plus ancien événement en attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="362"/>
        <source>Queue</source>
        <translation>File d&apos;attente</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="363"/>
        <source>Events confirmed by the server</source>
        <translation>Événements confirmés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="366"/>
        <source>Orders in the local copy</source>
        <translation>Commandes dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="367"/>
        <source>Click &amp; collect orders for this store</source>
        <translation>Commandes click &amp; collect de ce magasin</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="368"/>
        <source>Customers in the local copy</source>
        <translation>Clients dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="369"/>
        <source>Products in the local copy</source>
        <translation>Produits dans la copie locale</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="386"/>
        <source>Last problem</source>
        <translation>Dernier problème</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="343"/>
        <location filename="../../kiosk/ui/pages.py" line="432"/>
        <source>Sync now</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="364"/>
        <source>Refused by the server</source>
        <translation>Refusés par le serveur</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="365"/>
        <source>Conflicts to look at</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="395"/>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="406"/>
        <location filename="../../kiosk/ui/pages.py" line="491"/>
        <source>Nothing needs attention.</source>
        <translation>Rien à traiter.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="413"/>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="417"/>
        <source>Mark as resolved</source>
        <translation>Marquer comme résolu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="432"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="438"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="438"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="439"/>
        <source>Not yet connected</source>
        <translation>Pas encore connecté</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="442"/>
        <source>next try in %1 s</source>
        <translation>prochain essai dans %1 s</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="450"/>
        <source>(%1 held behind a refused event)</source>
        <translation>(%1 en attente derrière un événement refusé)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="456"/>
        <source>⚠ Not moving since %1</source>
        <translation>⚠ Bloquée depuis %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="457"/>
        <source>Moving</source>
        <translation>Avance normalement</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="493"/>
        <source>Select a line to see what to do.</source>
        <translation>Sélectionnez une ligne pour voir quoi faire.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="465"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="534"/>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/pages.py" line="537"/>
        <source>Scan your store pass or your loyalty card to see your cart, pick up an order or start a return.</source>
        <translation>Scannez votre pass magasin ou votre carte de fidélité pour voir votre panier, retirer une commande ou commencer un retour.</translation>
    </message>
</context>
<context>
    <name>_Ago</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="41"/>
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="43"/>
        <source>in %n h</source>
        <translation>
            <numerusform>dans %n h</numerusform>
            <numerusform>dans %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="44"/>
        <source>in %n d</source>
        <translation>
            <numerusform>dans %n j</numerusform>
            <numerusform>dans %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="46"/>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="48"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="50"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/fmt.py" line="51"/>
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n j</numerusform>
            <numerusform>il y a %n j</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/fmt.py" line="54"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
</TS>
